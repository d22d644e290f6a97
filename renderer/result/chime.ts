/**
 * A short rising two-note chime when a payment is confirmed, so the cashier hears "paid" while facing the
 * customer. Web Audio synthesis: no sound file to ship, nothing for the CSP to allow. Sound is a bonus on top
 * of the green screen, so any failure (no audio device, autoplay policy) is silent.
 */
let context: AudioContext | undefined;

const NOTES: ReadonlyArray<{ readonly frequency: number; readonly at: number }> = [
  { frequency: 880, at: 0 },
  { frequency: 1318.5, at: 0.16 },
];

export function playPaidChime(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (const note of NOTES) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.frequency;
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(0.5, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + 0.45);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + 0.5);
    }
  } catch {
    // No audio: the screen still says LUNAS.
  }
}
