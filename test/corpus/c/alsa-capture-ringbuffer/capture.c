/* Intercom capture path: single USB mic -> lock-free ring buffer -> RTP sender thread. */
#include <alsa/asoundlib.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#define RING_FRAMES 16384 /* power of two */
#define PERIOD 320        /* 20 ms @ 16 kHz */

typedef struct {
    int16_t data[RING_FRAMES];
    atomic_uint head, tail;
} ring_t;

static ring_t ring;

static unsigned ring_free(void) {
    return RING_FRAMES - (atomic_load(&ring.head) - atomic_load(&ring.tail));
}

static void ring_write(const int16_t *src, unsigned n) {
    unsigned h = atomic_load(&ring.head);
    for (unsigned i = 0; i < n; ++i) ring.data[(h + i) & (RING_FRAMES - 1)] = src[i];
    atomic_store(&ring.head, h + n);
}

unsigned ring_read(int16_t *dst, unsigned n) {
    unsigned t = atomic_load(&ring.tail), avail = atomic_load(&ring.head) - t;
    if (n > avail) n = avail;
    for (unsigned i = 0; i < n; ++i) dst[i] = ring.data[(t + i) & (RING_FRAMES - 1)];
    atomic_store(&ring.tail, t + n);
    return n;
}

int capture_loop(const char *device) {
    snd_pcm_t *pcm;
    int err = snd_pcm_open(&pcm, device, SND_PCM_STREAM_CAPTURE, 0);
    if (err < 0) {
        fprintf(stderr, "%s: %s\n", device, snd_strerror(err));
        return -1;
    }
    snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1, 16000, 1, 60000);
    int16_t period[PERIOD];
    for (;;) {
        snd_pcm_sframes_t n = snd_pcm_readi(pcm, period, PERIOD);
        if (n == -EPIPE) { snd_pcm_prepare(pcm); continue; }
        if (n < 0) break;
        if (ring_free() >= (unsigned)n) ring_write(period, (unsigned)n);
        /* else: drop the period; the sender is behind and latency matters more */
    }
    snd_pcm_close(pcm);
    return 0;
}
