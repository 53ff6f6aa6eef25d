import { SITE_URLS } from '@/lib/sites/catalog';
import { CheckField, Section } from './parts';
import { strings } from './strings';
import type { SettingsForm } from './useSettingsForm';

/** Which feeds are counted and guarded. Turning one off is a loosening, so it waits. */
export function SitesSection({ form }: { form: SettingsForm }) {
  return (
    <Section id="sites" heading={strings.sites.heading} intro={strings.sites.intro}>
      <fieldset class="group">
        <legend>{strings.sites.legend}</legend>
        <div class="check-list">
          {SITE_URLS.map((site) => (
            <CheckField
              key={site.id}
              form={form}
              path={`sites.${site.id}.enabled`}
              label={strings.sites.name(site.name)}
            />
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
