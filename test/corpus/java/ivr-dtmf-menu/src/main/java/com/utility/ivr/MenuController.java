package com.utility.ivr;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;

/** Keypad-only phone menu; all prompts are pre-recorded MP3s from the voice talent. */
public class MenuController {
    private static final String PROMPTS = "https://cdn.utility.example/ivr/";

    public String welcome() {
        Gather gather = new Gather.Builder()
                .inputs(Gather.Input.DTMF)
                .numDigits(1)
                .timeout(6)
                .action("/ivr/choice")
                .play(new Play.Builder(PROMPTS + "main-menu.mp3").build())
                .build();
        return new VoiceResponse.Builder()
                .gather(gather)
                .redirect(new Redirect.Builder("/ivr/welcome").build())
                .build().toXml();
    }

    public String choice(String digits) {
        VoiceResponse.Builder r = new VoiceResponse.Builder();
        switch (digits == null ? "" : digits) {
            case "1" -> r.play(new Play.Builder(PROMPTS + "outage-info.mp3").build());
            case "2" -> r.dial(new Dial.Builder().number("+440000000002").build());
            case "3" -> r.play(new Play.Builder(PROMPTS + "meter-reading.mp3").build());
            default -> r.play(new Play.Builder(PROMPTS + "invalid.mp3").build())
                        .redirect(new Redirect.Builder("/ivr/welcome").build());
        }
        return r.build().toXml();
    }
}
