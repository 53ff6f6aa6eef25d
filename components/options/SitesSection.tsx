import { SITE_URLS } from '@/lib/sites/catalog';
import { CheckField, SaveRow, Section } from './parts';
import { SITE_PATHS } from './paths';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';
import { useSettingsForm } from './useSettingsForm';

/** Which feeds are counted and guarded. Turning one off is a loosening, so it waits. */
export function SitesSection({ controls }: { controls: SettingsControls }) {
  const form = useSettingsForm(SITE_PATHS, controls);
  return (
    <Section id="sites" heading={strings.sites.heading} intro={strings.sites.intro}>
      <form onSubmit={form.submit} noValidate>
        <fieldset class="group">
          <legend>{strings.sites.legend}</legend>
          {SITE_URLS.map((site) => (
            <CheckField
              key={site.id}
              form={form}
              path={`sites.${site.id}.enabled`}
              label={strings.sites.name(site.name)}
            />
          ))}
        </fieldset>
        <SaveRow label={strings.sites.save} status={form.status} />
      </form>
    </Section>
  );
}
