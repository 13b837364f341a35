/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320) for the bootloader's image integrity check. */
#include <stddef.h>
#include <stdint.h>

static uint32_t table[256];
static int table_ready;

static void crc32_init(void) {
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    table_ready = 1;
}

uint32_t crc32_update(uint32_t crc, const void *data, size_t len) {
    const uint8_t *p = (const uint8_t *)data;
    if (!table_ready) crc32_init();
    crc = ~crc;
    while (len--) crc = table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

int image_is_intact(const uint8_t *image, size_t len, uint32_t expected) {
    return crc32_update(0, image, len) == expected;
}
