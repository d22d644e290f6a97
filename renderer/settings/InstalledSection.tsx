import type { SectionProps } from './ConnectionSection.tsx';
import { CheckField, TextField } from './SettingsFields.tsx';

/**
 * What only an installed till uses (the packaged app's updater, kiosk window and login item): kept here with the
 * rest so the manager sets them in one place, and said plainly that they act on an installed till.
 */
export function InstalledSection({ form, update, t }: SectionProps) {
  return (
    <section className="settings__section" aria-labelledby="settings-installed-title" aria-describedby="settings-installed-intro" data-testid="settings-installed">
      <h2 id="settings-installed-title" className="settings__section-title">
        {t('settings.section.installed')}
      </h2>
      <p id="settings-installed-intro" className="settings__hint">
        {t('settings.installed.intro')}
      </p>
      <div className="settings__grid">
        <TextField
          path="updateFeedUrl"
          wide
          label={t('settings.updateFeedUrl')}
          hint={t('settings.updateFeedUrl.hint')}
          inputMode="url"
          value={form.updateFeedUrl}
          onChange={(updateFeedUrl) => update({ updateFeedUrl })}
        />
        <CheckField path="kioskMode" wide label={t('settings.kioskMode')} checked={form.kioskMode} onChange={(kioskMode) => update({ kioskMode })} />
        <CheckField path="startAtLogin" wide label={t('settings.startAtLogin')} checked={form.startAtLogin} onChange={(startAtLogin) => update({ startAtLogin })} />
      </div>
    </section>
  );
}
