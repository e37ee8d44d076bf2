// The "Save & share" menu: Copy as Markdown, Save as HTML, Print.
import type { CleanArticle } from '../../core/types.js';
import { t } from '../../platform/i18n.js';
import { byId, toast } from './dom.js';
import { articleHtmlFile, articleMarkdown, download, fileNameFor } from './export.js';
import { errorText } from '../../shared/error-text.js';

export function initExports(article: CleanArticle): void {
  const menu = byId<HTMLDetailsElement>('export-menu');
  const close = () => (menu.open = false);
  byId('copy-markdown').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(articleMarkdown(article));
      toast(t('readerCopied'));
    } catch (e) {
      toast(t('readerCopyFailed', errorText(e)));
    }
    close();
  });
  byId('save-html').addEventListener('click', () => {
    download(fileNameFor(article), articleHtmlFile(article), 'text/html;charset=utf-8');
    close();
  });
  byId('print').addEventListener('click', () => {
    close();
    print();
  });
}
