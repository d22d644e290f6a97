import type { MethodInfo } from '../../shared/ipc/contract.ts';
import { methodName } from '../i18n/methods.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import type { ChargeAvailability } from './charge-rules.ts';

function detail(method: MethodInfo, t: Translate): string | undefined {
  if (method.kind === 'va') return method.banks.length === 1 ? method.banks[0]?.name : t('charge.chooseBank');
  if (method.kind === 'cashier') return t('method.cashierDetail');
  return undefined;
}

interface MethodButtonsProps {
  readonly methods: readonly MethodInfo[];
  readonly availability: ChargeAvailability;
  readonly hintId: string | undefined;
  readonly onCharge: (method: string) => void;
}

/** One charge button per method of the catalogue, in its order, each with the key that presses it. */
export function MethodButtons({ methods, availability, hintId, onCharge }: MethodButtonsProps) {
  const t = useT();
  return (
    <div className={`charge__actions charge__actions--${Math.min(methods.length, 6)}`}>
      {methods.map((method) => {
        const more = detail(method, t);
        return (
          <button
            key={method.id}
            type="button"
            className={`charge-button charge-button--${method.kind}`}
            data-testid={`charge-${method.id.toLowerCase()}`}
            data-method={method.id}
            disabled={!availability.enabled.has(method.id)}
            aria-describedby={hintId}
            aria-keyshortcuts={method.key}
            onClick={() => onCharge(method.id)}
          >
            <span className="charge-button__label">{methodName(method, t)}</span>
            {more !== undefined && <span className="charge-button__detail">{more}</span>}
            {method.key !== undefined && (
              <kbd className="charge-button__key" aria-hidden="true">
                {method.key}
              </kbd>
            )}
          </button>
        );
      })}
    </div>
  );
}
