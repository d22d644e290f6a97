import { useEffect } from 'react';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { translate } from '../i18n/translate.ts';
import type { CustomerApi, CustomerScreen } from './customer-store.ts';
import { THANKS_MS, customerStore, followCounter, selectCustomerScreen, selectShownPayment, selectStoreName, useCustomer } from './customer-store.ts';
import { AskCashierScreen, PartialScreen, PreparingScreen, ThanksScreen, WelcomeScreen } from './OutcomeScreens.tsx';
import { PayScreen } from './PayScreen.tsx';

function Current({ screen, payment, storeName }: { readonly screen: CustomerScreen; readonly payment: PaymentView | undefined; readonly storeName: string | undefined }) {
  if (!payment) return <WelcomeScreen storeName={storeName} />;
  switch (screen) {
    case 'welcome':
      return <WelcomeScreen storeName={storeName} />;
    case 'preparing':
      return <PreparingScreen payment={payment} />;
    case 'awaiting':
      return <PayScreen payment={payment} />;
    case 'thanks':
      return <ThanksScreen payment={payment} />;
    case 'partial':
      return <PartialScreen payment={payment} />;
    case 'askCashier':
      return <AskCashierScreen />;
  }
}

/** The customer-facing display: the shop's name and the payment on the counter. Nothing here takes input. */
export function CustomerApp({ api }: { readonly api: CustomerApi }) {
  const screen = useCustomer(selectCustomerScreen);
  const payment = useCustomer(selectShownPayment);
  const storeName = useCustomer(selectStoreName);

  useEffect(() => followCounter(api), [api]);

  const thanking = screen === 'thanks' ? payment?.tradeNo : undefined;
  useEffect(() => {
    if (thanking === undefined) return;
    const timer = setTimeout(() => customerStore.getState().thanksOver(thanking), THANKS_MS);
    return () => clearTimeout(timer);
  }, [thanking]);

  useEffect(() => {
    document.title = `${storeName ?? translate('id', 'app.title')} · ${translate('id', 'customer.view')}`;
  }, [storeName]);

  return (
    <div className={`customer customer--${screen}`} data-screen={screen}>
      {screen !== 'welcome' && storeName !== undefined && (
        <header className="customer__store" data-testid="customer-store-name">
          {storeName}
        </header>
      )}
      <main className="customer__screen">
        <Current screen={screen} payment={payment} storeName={storeName} />
      </main>
    </div>
  );
}
