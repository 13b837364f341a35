/* Wake-word daemon for the smart speaker: ALSA capture -> snowboy detector -> notify the
 * assistant process over a UNIX socket. Snowboy's C API wraps its C++ detector. */
#include <alsa/asoundlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "snowboy-detect-c-wrapper.h"

#define FRAMES 1600

static int notify_assistant(int hotword) {
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    strncpy(addr.sun_path, "/run/assistant/wake.sock", sizeof(addr.sun_path) - 1);
    char msg[32];
    int len = snprintf(msg, sizeof msg, "WAKE %d", hotword);
    int rc = (int)sendto(fd, msg, (size_t)len, 0, (struct sockaddr *)&addr, sizeof addr);
    close(fd);
    return rc;
}

int main(void) {
    SnowboyDetect *det = SnowboyDetectConstructor("resources/common.res", "resources/models/jarvis.umdl");
    SnowboyDetectSetSensitivity(det, "0.8,0.80");
    SnowboyDetectSetAudioGain(det, 1.0f);
    SnowboyDetectApplyFrontend(det, true);

    snd_pcm_t *pcm;
    if (snd_pcm_open(&pcm, "default", SND_PCM_STREAM_CAPTURE, 0) < 0) {
        fprintf(stderr, "cannot open capture device\n");
        return 1;
    }
    snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED,
                       SnowboyDetectNumChannels(det), SnowboyDetectSampleRate(det), 1, 100000);

    int16_t buf[FRAMES];
    for (;;) {
        snd_pcm_sframes_t n = snd_pcm_readi(pcm, buf, FRAMES);
        if (n < 0) { snd_pcm_recover(pcm, (int)n, 0); continue; }
        int r = SnowboyDetectRunDetection(det, buf, (int)n, false);
        if (r > 0) notify_assistant(r);
    }
    snd_pcm_close(pcm);
    SnowboyDetectDestructor(det);
    return 0;
}
