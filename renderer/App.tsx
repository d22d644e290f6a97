import { Suspense, lazy, useEffect } from 'react';
import type { PaymentView } from '../shared/ipc/contract.ts';
import { useKasirApi } from './api-context.ts';
import { ChargeScreen } from './charge/ChargeScreen.tsx';
import { useT } from './i18n/useT.ts';
import { followManagerChanges, loadManagerState } from './manager/manager-actions.ts';
import { followPaymentUpdates, loadAppInfo } from './payment/payment-actions.ts';
import { ProgressScreen } from './payment/ProgressScreen.tsx';
import { QrScreen } from './payment/QrScreen.tsx';
import { VaScreen } from './payment/VaScreen.tsx';
import { ExpiredScreen } from './result/ExpiredScreen.tsx';
import { FailedScreen } from './result/FailedScreen.tsx';
import { PaidScreen } from './result/PaidScreen.tsx';
import { PartialScreen } from './result/PartialScreen.tsx';
import { UnsureScreen } from './result/UnsureScreen.tsx';
import { JournalWarning } from './shell/JournalWarning.tsx';
import { chooseLocale } from './shell/locale-actions.ts';
import { TopBar } from './shell/TopBar.tsx';
import { useKasir } from './store/index.ts';
import type { Screen } from './store/selectors.ts';
import { selectBackOffice, selectLocale, selectManagerPrompt, selectPayment, selectScreen } from './store/selectors.ts';

// Its own chunk, fetched the first time someone opens it: the counter starts without it.
const HistoryScreen = lazy(() => import('./history/HistoryScreen.tsx'));
// And the manager's settings.
const SettingsScreen = lazy(() => import('./settings/SettingsScreen.tsx'));
// And the manager's end-of-day report.
const ClosingScreen = lazy(() => import('./closing/ClosingScreen.tsx'));
// And the manager's updates and quit.
const UpdatesScreen = lazy(() => import('./updates/UpdatesScreen.tsx'));
// Likewise the PIN dialog: a till charges all day without it.
const ManagerPinDialog = lazy(async () => ({ default: (await import('./manager/ManagerPinDialog.tsx')).ManagerPinDialog }));

function LoadingScreen({ title = 'app.loading' }: { readonly title?: 'app.loading' | 'history.loading' | 'settings.loading' | 'closing.loading' | 'updates.loading' }) {
  const t = useT();
  return (
    <section className="progress" role="status" aria-live="polite" data-testid="loading-screen">
      <span className="spinner" aria-hidden="true" />
      <h1 className="progress__title">{t(title)}</h1>
    </section>
  );
}

/** The keypad, or a back-office screen in its place while the counter is free (the top bar's Menu). */
function KeypadOrBackOffice() {
  const backOffice = useKasir(selectBackOffice);
  if (backOffice === undefined) return <ChargeScreen />;
  return (
    <Suspense fallback={<LoadingScreen title={`${backOffice}.loading`} />}>
      {backOffice === 'history' ? <HistoryScreen /> : backOffice === 'settings' ? <SettingsScreen /> : backOffice === 'closing' ? <ClosingScreen /> : <UpdatesScreen />}
    </Suspense>
  );
}

function CurrentScreen({ screen, payment }: { readonly screen: Screen; readonly payment: PaymentView | undefined }) {
  if (!payment) {
    if (screen === 'loading') return <LoadingScreen />;
    if (screen === 'creating') return <ProgressScreen kind="creating" payment={undefined} />;
    return <KeypadOrBackOffice />;
  }
  switch (screen) {
    case 'loading':
    case 'charge':
      return <ChargeScreen />;
    case 'creating':
    case 'checking':
      return <ProgressScreen kind={screen} payment={payment} />;
    case 'awaiting':
      return payment.kind === 'va' ? <VaScreen payment={payment} /> : <QrScreen payment={payment} />;
    case 'paid':
      return <PaidScreen payment={payment} />;
    case 'partial':
      return <PartialScreen payment={payment} />;
    case 'expired':
      return <ExpiredScreen payment={payment} />;
    // Only a cancel that could not be confirmed stays on the counter.
    case 'cancelled':
      return <UnsureScreen payment={payment} />;
    case 'declined':
    case 'stranded':
    case 'notCreated':
    case 'unpaid':
      return <FailedScreen payment={payment} />;
  }
}

export function App() {
  const api = useKasirApi();
  const t = useT();
  const locale = useKasir(selectLocale);
  const screen = useKasir(selectScreen);
  const payment = useKasir(selectPayment);
  const managerPrompt = useKasir(selectManagerPrompt);
  const startLanguage = useKasir((state) => state.appInfo?.language);

  // The till's language (settings) when it starts, and when the manager saves another one; only then, so the
  // cashier's own switch holds for the session through every other change of the till's info.
  useEffect(() => {
    if (startLanguage !== undefined) void chooseLocale(startLanguage);
  }, [startLanguage]);

  useEffect(() => {
    // Subscribe before asking anything, so no update can fall between the two.
    const stopPayments = followPaymentUpdates(api);
    const stopManager = followManagerChanges(api);
    void loadAppInfo(api);
    void loadManagerState(api);
    return () => {
      stopPayments();
      stopManager();
    };
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  return (
    <div className={`app app--${screen}`} data-screen={screen}>
      <TopBar />
      <main className="app__screen">
        <JournalWarning />
        <CurrentScreen screen={screen} payment={payment} />
      </main>
      {managerPrompt && (
        <Suspense fallback={null}>
          <ManagerPinDialog reason={managerPrompt} />
        </Suspense>
      )}
    </div>
  );
}
