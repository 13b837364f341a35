import { useEffect, useRef, useState } from "react";

export type BoardCommand =
  | { kind: "move"; card: string; column: string }
  | { kind: "create"; title: string }
  | { kind: "unknown"; transcript: string };

export function parseCommand(transcript: string): BoardCommand {
  const t = transcript.toLowerCase().trim();
  let m = t.match(/^move (.+) to (todo|doing|done)$/);
  if (m) return { kind: "move", card: m[1], column: m[2] };
  m = t.match(/^(?:new|create|add) card (.+)$/);
  if (m) return { kind: "create", title: m[1] };
  return { kind: "unknown", transcript };
}

export function useVoiceCommands(onCommand: (c: BoardCommand) => void) {
  const [listening, setListening] = useState(false);
  const recRef = useRef<SpeechRecognition | null>(null);

  useEffect(() => {
    const Ctor = window.SpeechRecognition ?? (window as any).webkitSpeechRecognition;
    if (!Ctor) return;
    const rec: SpeechRecognition = new Ctor();
    rec.lang = "en-US";
    rec.continuous = true;
    rec.interimResults = false;
    rec.onresult = (ev: SpeechRecognitionEvent) => {
      const res = ev.results[ev.results.length - 1];
      if (res.isFinal) onCommand(parseCommand(res[0].transcript));
    };
    rec.onend = () => setListening(false);
    recRef.current = rec;
    return () => rec.abort();
  }, [onCommand]);

  return {
    listening,
    start: () => { recRef.current?.start(); setListening(true); },
    stop: () => recRef.current?.stop(),
  };
}
