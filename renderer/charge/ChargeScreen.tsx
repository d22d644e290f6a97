import { useCallback } from 'react';
import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import { methodName } from '../i18n/methods.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { selectAmount, selectAppInfo, selectAppInfoError, selectChargeError, selectChoosing, selectManagerPrompt } from '../store/selectors.ts';
import { requestCharge } from './charge-actions.ts';
import type { ChargeAvailability } from './charge-rules.ts';
import { chargeAvailability } from './charge-rules.ts';
import { BlockedBanner } from './BlockedBanner.tsx';
import { ChoiceDialog } from './ChoiceDialog.tsx';
import { Keypad, QuickAmounts } from './Keypad.tsx';
import { LateAlerts } from './LateAlerts.tsx';
import { MethodButtons } from './MethodButtons.tsx';
import { useKeypadKeyboard } from './useKeypadKeyboard.ts';
import { usePasteAmount } from './usePasteAmount.ts';

function hintText(availability: ChargeAvailability, info: AppInfo | undefined, t: Translate): string {
  // A blocked till takes no amount: its banner says why, and no hint about amounts competes with it.
  if (!info || availability.block?.kind === 'blocked') return '';
  switch (availability.hint) {
    case undefined:
      return '';
    case 'empty':
      return t('charge.hint.empty', { min: formatRupiah(info.minAmount) });
    case 'belowMin':
      return t('charge.hint.belowMin', { min: formatRupiah(info.minAmount) });
    case 'aboveMax': {
      const [first] = availability.overMax;
      const names = availability.overMax.map((method) => methodName(method, t)).join(', ');
      return t('charge.hint.aboveMax', { methods: names, max: formatRupiah(first?.maxAmount ?? 0) });
    }
  }
}

function ChargeError({ code, info }: { readonly code: ErrorCode; readonly info: AppInfo | undefined }) {
  const t = useT();
  return (
    <div className="charge-error" role="alert" data-testid="charge-error" data-code={code}>
      <p className="charge-error__title">{t('charge.errorTitle')}</p>
      <p>{explainError(code, t, info)}</p>
    </div>
  );
}

export function ChargeScreen() {
  const t = useT();
  const api = useKasirApi();
  const amount = useKasir(selectAmount);
  const info = useKasir(selectAppInfo);
  const appInfoError = useKasir(selectAppInfoError);
  const chargeError = useKasir(selectChargeError);
  const choosing = useKasir(selectChoosing);
  // A dialog open (bank, mobile number, the manager PIN) has the keyboard: digits typed there are not the amount.
  const managerPrompt = useKasir(selectManagerPrompt);
  const dialogOpen = choosing !== undefined || managerPrompt !== undefined;
  const availability = chargeAvailability(amount, info, appInfoError);
  const onCharge = useCallback((method: string) => void requestCharge(api, method), [api]);
  const onKey = useCallback(
    (key: string | undefined) => {
      const methods = info?.methods ?? [];
      const method = key === undefined ? methods[0] : methods.find((candidate) => candidate.key === key);
      if (method) onCharge(method.id);
    },
    [info, onCharge],
  );
  // A blocked till takes no amount: there is nothing it could be charged with until it is set up.
  const blocked = availability.block?.kind === 'blocked';
  useKeypadKeyboard(onKey, !dialogOpen && !blocked);
  usePasteAmount(!dialogOpen && !blocked);
  const pasteRefused = useKasir((state) => state.pasteRefused);
  const hint = pasteRefused ? t('charge.pasteRefused') : hintText(availability, info, t);
  const firstMethod = info?.methods[0];

  return (
    <section className="charge" aria-labelledby="charge-amount-label">
      <LateAlerts />
      <div className="charge__summary">
        {availability.block && <BlockedBanner block={availability.block} info={info} />}
        <p id="charge-amount-label" className="charge__label">
          {t('charge.amountLabel')}
        </p>
        <output className="charge__amount" aria-labelledby="charge-amount-label" aria-live="polite">
          <AmountText amount={amount} testId="amount-display" />
        </output>
        <p id="charge-hint" className="charge__hint" data-testid="charge-hint" data-paste-refused={pasteRefused || undefined}>
          {hint}
        </p>
        {chargeError !== undefined && <ChargeError code={chargeError} info={info} />}
        <MethodButtons methods={info?.methods ?? []} availability={availability} hintId={hint ? 'charge-hint' : undefined} onCharge={onCharge} />
        {firstMethod && <p className="charge__keyboard-hint">{t('charge.keyboardHint', { method: methodName(firstMethod, t) })}</p>}
      </div>
      <div className="charge__pad">
        <QuickAmounts disabled={blocked} />
        <Keypad disabled={blocked} />
      </div>
      {choosing && <ChoiceDialog choosing={choosing} />}
    </section>
  );
}
