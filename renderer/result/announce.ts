import { groupDigits } from '../../shared/money.ts';

/**
 * The spoken confirmation (optional, settings): "Pembayaran QRIS 25.000 rupiah diterima" in the system's own
 * voice for the cashier's language. Only a voice of that language speaks: an English voice reading Indonesian is
 * worse than the chime alone. Like the chime, any failure is silent: the screen still says LUNAS.
 */
export interface Announcement {
  readonly text: string;
  readonly lang: string;
}

export function paidAnnouncement(locale: 'id' | 'en', method: string, amount: number): Announcement {
  return locale === 'id'
    ? { text: `Pembayaran ${method} ${groupDigits(amount)} rupiah diterima`, lang: 'id-ID' }
    : { text: `${method} payment of ${groupDigits(amount)} rupiah received`, lang: 'en' };
}

/** A voice of the language, once the system has listed its voices (Chromium lists them after a moment). */
function voiceFor(synthesis: SpeechSynthesis, language: string): Promise<SpeechSynthesisVoice | undefined> {
  const pick = () => synthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().replace('_', '-').startsWith(language));
  if (synthesis.getVoices().length > 0) return Promise.resolve(pick());
  return new Promise((resolve) => {
    const done = (): void => resolve(pick());
    synthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, VOICES_WAIT_MS);
  });
}

const VOICES_WAIT_MS = 1_500;

export async function speak(announcement: Announcement): Promise<void> {
  try {
    const synthesis = window.speechSynthesis;
    const voice = await voiceFor(synthesis, announcement.lang.slice(0, 2));
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(announcement.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synthesis.speak(utterance);
  } catch {
    // No speech on this machine.
  }
}
