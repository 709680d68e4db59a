import { useEffect, useRef } from 'react';
import { lock, touch } from '../../api';

/**
 * Locks the screen after idleMinutes without keyboard or mouse input, and
 * tells Go at most once a minute that the person is still at work (Go locks
 * an idle session on its own too).
 */
export function useIdleLock(idleMinutes: number, active: boolean, onLocked: () => void) {
  const last = useRef(Date.now());
  const lastTouch = useRef(Date.now());
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const onInput = () => {
      last.current = Date.now();
      if (last.current - lastTouch.current > 60_000) {
        lastTouch.current = last.current;
        touch().catch(() => onLocked());
      }
    };
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, onInput, { passive: true }));
    const timer = setInterval(() => {
      if (Date.now() - last.current > idleMinutes * 60_000) {
        lock().finally(onLocked);
      }
    }, 15_000);
    return () => {
      events.forEach((e) => window.removeEventListener(e, onInput));
      clearInterval(timer);
    };
  }, [idleMinutes, active, onLocked]);
}
