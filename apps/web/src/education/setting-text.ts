import { formatDate } from '../format/dates';
import type { ChildEducationSetting } from '../graphql/operations';

/** A child's current setting, as the family's table shows it. */
export function currentSettingText(settings: readonly ChildEducationSetting[] | undefined) {
  const current = settings?.find((s) => s.endedOn === null);
  return current ? `${current.settingName}, since ${formatDate(current.startedOn)}` : '';
}
