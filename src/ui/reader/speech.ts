// Read aloud with the browser's speechSynthesis, one block at a time: Chromium stops a single
// long utterance after about 15 seconds, and blocks give natural pauses.
import { t } from '../../platform/i18n.js';
import { byId, toast } from './dom.js';

type SpeechState = 'idle' | 'speaking' | 'paused';

/** Wires the Read aloud / Pause / Resume / Stop controls; hidden when the browser cannot speak. */
export function initSpeech(text: string, lang: string | null): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const blocks = text.split(/\n+/).map((s) => s.trim()).filter(Boolean);
  if (!blocks.length) return;
  const play = byId<HTMLButtonElement>('speech-play');
  const label = byId('speech-play-label');
  const stop = byId<HTMLButtonElement>('speech-stop');
  let state: SpeechState = 'idle';

  const render = () => {
    label.textContent = state === 'speaking' ? t('readerPause') : state === 'paused' ? t('readerResume') : t('readerListen');
    play.setAttribute('aria-pressed', String(state === 'speaking'));
    stop.hidden = state === 'idle';
  };
  const end = () => {
    state = 'idle';
    render();
  };

  play.addEventListener('click', () => {
    if (state === 'speaking') {
      synth.pause();
      state = 'paused';
    } else if (state === 'paused') {
      synth.resume();
      state = 'speaking';
    } else {
      synth.cancel();
      blocks.forEach((block, i) => {
        const u = new SpeechSynthesisUtterance(block);
        if (lang) u.lang = lang;
        if (i === blocks.length - 1) u.addEventListener('end', end);
        u.addEventListener('error', (e) => {
          // Stop and cancel report "interrupted"/"canceled"; anything else means no voice can speak
          // (e.g. no speech engine installed), which the user should hear about.
          if (state !== 'idle' && e.error !== 'interrupted' && e.error !== 'canceled') {
            synth.cancel();
            toast(t('readerSpeechUnavailable'));
          }
          end();
        });
        synth.speak(u);
      });
      state = 'speaking';
    }
    render();
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    end();
  });
  addEventListener('pagehide', () => synth.cancel());
  byId('speech').hidden = false;
  render();
}
