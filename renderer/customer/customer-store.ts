import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { AppInfo, KasirApi, PaymentView } from '../../shared/ipc/contract.ts';
import { isNewer } from '../store/payment-merge.ts';

/**
 * The customer display's own small store: the shop's name and the payment it shows, exactly as main last said.
 * It shows only the payment on the counter; main sends this window nothing else (electron/main/counter-feed.ts)
 * but the payment's own departure from the counter, which takes the screen back to the welcome.
 */
export type CustomerApi = Pick<KasirApi, 'getAppInfo' | 'getCounterPayment' | 'onPaymentUpdated' | 'onAppInfoChanged'>;

export type CustomerScreen = 'welcome' | 'preparing' | 'awaiting' | 'thanks' | 'partial' | 'askCashier';

/** How long a paid payment's thank-you stays before the welcome comes back. */
export const THANKS_MS = 5_000;

export interface CustomerData {
  /** Undefined until main answers. */
  readonly storeName: string | undefined;
  readonly payment: PaymentView | undefined;
  /** The paid payment whose thank-you is over: nothing more about it comes back on screen. */
  readonly thanked: string | undefined;
}

export interface CustomerState extends CustomerData {
  infoLoaded(info: AppInfo): void;
  paymentUpdated(view: PaymentView): void;
  thanksOver(tradeNo: string): void;
}

export const initialCustomerData = (): CustomerData => ({ storeName: undefined, payment: undefined, thanked: undefined });

export const customerStore = createStore<CustomerState>()((set, get) => ({
  ...initialCustomerData(),
  infoLoaded(info) {
    set({ storeName: info.storeName });
  },
  paymentUpdated(view) {
    const { payment, thanked } = get();
    if (view.tradeNo === thanked) return;
    if (payment?.tradeNo !== view.tradeNo) {
      // A new customer's payment replaces whatever was shown; a payment that is not on the counter is nobody's here.
      if (view.onCounter) set({ payment: view });
      return;
    }
    if (!isNewer(payment, view)) return;
    // Left the counter: a paid one still gets its thank-you; anything else (a cancel, a new sale) means welcome.
    set({ payment: view.onCounter || view.state === 'paid' ? view : undefined });
  },
  thanksOver(tradeNo) {
    if (get().payment?.tradeNo === tradeNo) set({ payment: undefined, thanked: tradeNo });
  },
}));

export function useCustomer<T>(selector: (state: CustomerState) => T): T {
  const read = () => selector(customerStore.getState());
  return useSyncExternalStore(customerStore.subscribe, read, read);
}

export function resetCustomerStore(): void {
  customerStore.setState(initialCustomerData());
}

export function selectCustomerScreen({ payment }: CustomerState): CustomerScreen {
  if (!payment) return 'welcome';
  switch (payment.state) {
    case 'creating':
    case 'checking':
      return 'preparing';
    case 'awaiting':
      return 'awaiting';
    case 'paid':
      return 'thanks';
    case 'partial':
      return 'partial';
    // Time ran out, the payment failed, or a cancel is not yet certain: the cashier explains, not the screen.
    case 'expired':
    case 'declined':
    case 'stranded':
    case 'notCreated':
    case 'unpaid':
    case 'cancelled':
      return 'askCashier';
  }
}

export const selectStoreName = (state: CustomerState) => state.storeName;
export const selectShownPayment = (state: CustomerState) => state.payment;

/** Subscribes first, then asks, so no update can fall between the two; returns the unsubscribe. */
export function followCounter(api: CustomerApi): () => void {
  const { infoLoaded, paymentUpdated } = customerStore.getState();
  const stopPayments = api.onPaymentUpdated(paymentUpdated);
  const stopInfo = api.onAppInfoChanged(infoLoaded);
  void (async () => {
    try {
      const info = await api.getAppInfo();
      if (info.ok) infoLoaded(info.value);
      const counter = await api.getCounterPayment();
      if (counter.ok && counter.value) paymentUpdated(counter.value);
    } catch {
      // Nothing to tell a customer: the welcome stays, and main's next update brings the payment.
    }
  })();
  return () => {
    stopPayments();
    stopInfo();
  };
}
