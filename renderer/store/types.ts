import type { ChargeSlice } from './charge-slice.ts';
import type { ChoiceSlice } from './choice-slice.ts';
import type { HistorySlice } from './history-slice.ts';
import type { ManagerSlice } from './manager-slice.ts';
import type { PaymentSlice } from './payment-slice.ts';
import type { UiSlice } from './ui-slice.ts';

export type KasirState = ChargeSlice & ChoiceSlice & HistorySlice & ManagerSlice & PaymentSlice & UiSlice;
