/**
 * Plays announcements through the browser's speech synthesis when it has a Chinese voice. Kept only as
 * the last fallback, for a display that could load no voice pack (./voice-player.ts). Without a Chinese
 * voice (headless browsers, most kiosks offline) it resolves at once and the announcer just shows the text.
 */
import type { AnnouncementPlayer } from './announcer';

export function createSpeechPlayer(synth: SpeechSynthesis | null): AnnouncementPlayer {
  return {
    play(announcement) {
      const voice = synth ? chineseVoice(synth) : null;
      if (!synth || !voice) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const utterance = new SpeechSynthesisUtterance(announcement.speech);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.85; // unhurried: the hall is noisy and many listeners are old
        utterance.onend = () => resolve();
        utterance.onerror = () => resolve();
        synth.speak(utterance);
      });
    },
    stop() {
      synth?.cancel();
    },
  };
}

function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  const voices = synth.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang)) ?? null;
}
