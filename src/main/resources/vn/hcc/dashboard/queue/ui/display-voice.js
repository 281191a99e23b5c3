// The hall display's voice call: a chime made with WebAudio (no audio file to ship), then the sentence spoken by the
// browser's Speech Synthesis in Vietnamese. Calls wait in a queue and are spoken one after the other, in order, so
// two calls in the same second are both heard. Browsers keep audio muted until a user gesture: the display shows a
// "Bật âm thanh" button ($0) whose click calls enable(); a kiosk Chrome started with
// --autoplay-policy=no-user-gesture-required needs no click, and the button hides itself.
(function (button) {
  if (!window.hccVoice) {
    const queue = [];
    let enabled = false;
    let busy = false;
    let audio = null;

    const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

    function context() {
      if (!audio) {
        const Ctx = window.AudioContext || window.webkitAudioContext;
        audio = Ctx ? new Ctx() : null;
      }
      return audio;
    }

    // "Ding-dong": two soft tones, the second lower, each fading out.
    async function chime() {
      try {
        const ctx = context();
        if (ctx) {
          if (ctx.state === 'suspended') {
            await ctx.resume();
          }
          [[880, 0], [660, 0.45]].forEach(([freq, at]) => {
            const osc = ctx.createOscillator();
            const gain = ctx.createGain();
            osc.type = 'sine';
            osc.frequency.value = freq;
            const start = ctx.currentTime + at;
            gain.gain.setValueAtTime(0.0001, start);
            gain.gain.exponentialRampToValueAtTime(0.5, start + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.8);
            osc.connect(gain).connect(ctx.destination);
            osc.start(start);
            osc.stop(start + 0.85);
          });
        }
      } catch (e) {
        // no audio output: the sentence is still spoken
      }
      await wait(1300);
    }

    function vietnameseVoice() {
      const voices = window.speechSynthesis.getVoices() || [];
      return voices.find((v) => (v.lang || '').toLowerCase().replace('_', '-') === 'vi-vn')
          || voices.find((v) => (v.lang || '').toLowerCase().startsWith('vi'));
    }

    function speak(text) {
      return new Promise((resolve) => {
        if (!window.speechSynthesis) {
          resolve();
          return;
        }
        const u = new SpeechSynthesisUtterance(text);
        u.lang = 'vi-VN';
        u.rate = 0.9;
        const voice = vietnameseVoice();
        if (voice) {
          u.voice = voice;
        }
        let done = false;
        const finish = () => {
          if (!done) {
            done = true;
            resolve();
          }
        };
        u.onend = finish;
        u.onerror = finish;
        window.speechSynthesis.speak(u);
        // a browser that never reports the end must not stop the queue
        setTimeout(finish, 12000);
      });
    }

    async function drain() {
      if (busy || !enabled) {
        return;
      }
      busy = true;
      try {
        while (queue.length) {
          const text = queue.shift();
          await chime();
          await speak(text);
          await wait(300);
        }
      } finally {
        busy = false;
      }
    }

    window.hccVoice = {
      spoken: [],
      enable() {
        enabled = true;
        const ctx = context();
        if (ctx && ctx.state === 'suspended') {
          ctx.resume();
        }
        drain();
      },
      isEnabled() {
        return enabled;
      },
      announce(text) {
        this.spoken.push(text);
        // muted until enabled: calls made before that are not spoken later, out of time
        if (enabled) {
          queue.push(text);
          drain();
        }
      },
    };
  }
  // Autoplay allowed (kiosk flag): no click needed.
  try {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (Ctx && !window.hccVoice.isEnabled()) {
      const probe = new Ctx();
      if (probe.state === 'running') {
        window.hccVoice.enable();
      }
      probe.close();
    }
  } catch (e) {
    // stay muted until the click
  }
  if (button && window.hccVoice.isEnabled()) {
    button.style.display = 'none';
  }
})($0);
