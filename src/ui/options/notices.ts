// The "settings repaired" notice: what was repaired, the previous settings to download, dismiss.
import { dismissRepairNotice, getRepairNotice, getSettingsBackup, onRepairNoticeChanged, settingsArea } from '../../platform/storage.js';
import { t } from '../../platform/i18n.js';
import { byId, downloadText, el } from './dom.js';
import { settingsProblemText } from './problem-text.js';

async function showRepairNotice(): Promise<void> {
  const section = byId('repair-notice');
  const notice = await getRepairNotice();
  section.hidden = !notice;
  if (!notice) return;
  byId('repair-list').replaceChildren(...notice.errors.map((line) => el('li', {}, settingsProblemText(line, t))));
  byId('repair-download').hidden = !(await getSettingsBackup());
}

export async function mountNotices(): Promise<void> {
  byId('repair-dismiss').addEventListener('click', async () => {
    await dismissRepairNotice();
    byId('repair-notice').hidden = true;
    byId('main').focus();
  });
  byId('repair-download').addEventListener('click', async () => {
    const backup = await getSettingsBackup();
    if (!backup) return;
    const text = typeof backup.raw === 'string' && backup.truncated ? backup.raw : JSON.stringify(backup.raw, null, 2);
    downloadText(`sift-settings-before-repair-${backup.at.slice(0, 10)}.json`, `${text}\n`);
  });
  onRepairNoticeChanged(() => void showRepairNotice());
  await showRepairNotice();
  byId('storage-note').hidden = (await settingsArea()) !== 'local';
}
