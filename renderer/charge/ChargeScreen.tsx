import { useCallback } from 'react';
import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import { formatRupiah } from '../../shared/money.ts';
import { useKasirApi } from '../api-context.ts';
import { explainError } from '../i18n/errors.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { AmountText } from '../shell/AmountText.tsx';
import { useKasir } from '../store/index.ts';
import { selectAmount, selectAppInfo, selectAppInfoError, selectChargeError } from '../store/selectors.ts';
import { charge } from './charge-actions.ts';
import type { AmountHint, ChargeBlock } from './charge-rules.ts';
import { chargeAvailability } from './charge-rules.ts';
import { Keypad } from './Keypad.tsx';
import { LateAlerts } from './LateAlerts.tsx';
import { useKeypadKeyboard } from './useKeypadKeyboard.ts';

function hintText(hint: AmountHint | undefined, info: AppInfo | undefined, t: Translate): string {
  if (!info || hint === undefined) return '';
  switch (hint) {
    case 'empty':
      return t('charge.hint.empty', { min: formatRupiah(info.minAmount) });
    case 'belowMin':
      return t('charge.hint.belowMin', { min: formatRupiah(info.minAmount) });
    case 'aboveQrisMax':
      return t('charge.hint.aboveQrisMax', { max: formatRupiah(info.maxQrisAmount) });
  }
}

function BlockedBanner({ block, info }: { readonly block: ChargeBlock; readonly info: AppInfo | undefined }) {
  const t = useT();
  if (block.kind === 'loading') return null;
  return (
    <div className="blocked-banner" role="alert" data-testid="blocked-banner">
      <p className="blocked-banner__title">{t('charge.blockedTitle')}</p>
      <p>{block.reason === undefined ? t('charge.notReady') : explainError(block.reason, t, info)}</p>
    </div>
  );
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
  const availability = chargeAvailability(amount, info, appInfoError);
  const chargeQris = useCallback(() => void charge(api, 'QRIS'), [api]);
  const chargeVa = useCallback(() => void charge(api, 'VA'), [api]);
  useKeypadKeyboard(chargeQris);
  const hint = hintText(availability.hint, info, t);

  return (
    <section className="charge" aria-labelledby="charge-amount-label">
      <div className="charge__summary">
        <LateAlerts />
        {availability.block && <BlockedBanner block={availability.block} info={info} />}
        <p id="charge-amount-label" className="charge__label">
          {t('charge.amountLabel')}
        </p>
        <output className="charge__amount" aria-labelledby="charge-amount-label" aria-live="polite">
          <AmountText amount={amount} testId="amount-display" />
        </output>
        <p id="charge-hint" className="charge__hint" data-testid="charge-hint">
          {hint}
        </p>
        {chargeError !== undefined && <ChargeError code={chargeError} info={info} />}
        <div className="charge__actions">
          <button
            type="button"
            className="charge-button charge-button--qris"
            data-testid="charge-qris"
            disabled={!availability.qris}
            aria-describedby={hint ? 'charge-hint' : undefined}
            onClick={chargeQris}
          >
            {t('charge.payQris')}
          </button>
          <button
            type="button"
            className="charge-button charge-button--va"
            data-testid="charge-va"
            disabled={!availability.va}
            aria-describedby={hint ? 'charge-hint' : undefined}
            onClick={chargeVa}
          >
            <span>{t('charge.payVa')}</span>
            {info && <span className="charge-button__bank">{info.vaBankName}</span>}
          </button>
        </div>
        <p className="charge__keyboard-hint">{t('charge.keyboardHint')}</p>
      </div>
      <Keypad />
    </section>
  );
}
