package edu.district.testing;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Reads filled bubbles from deskewed scans of the district's 40-question answer form.
 * Bubble centres are fixed by the printed template, so we only measure darkness there.
 */
public final class BubbleReader {
    static final int QUESTIONS = 40, CHOICES = 4;
    static final int ORIGIN_X = 212, ORIGIN_Y = 388, COL_GAP = 61, ROW_GAP = 47, RADIUS = 12;
    static final double FILLED = 0.55;

    public static char[] read(File scan) throws IOException {
        BufferedImage img = ImageIO.read(scan);
        if (img == null) throw new IOException(scan + ": not an image");
        char[] answers = new char[QUESTIONS];
        for (int q = 0; q < QUESTIONS; q++) {
            int column = q / 20, row = q % 20;
            int best = -1;
            double bestDark = 0;
            int marked = 0;
            for (int c = 0; c < CHOICES; c++) {
                int cx = ORIGIN_X + column * 600 + c * COL_GAP;
                int cy = ORIGIN_Y + row * ROW_GAP;
                double dark = darkness(img, cx, cy);
                if (dark > FILLED) marked++;
                if (dark > bestDark) { bestDark = dark; best = c; }
            }
            answers[q] = marked == 1 ? (char) ('A' + best) : (marked == 0 ? '-' : '*');
        }
        return answers;
    }

    private static double darkness(BufferedImage img, int cx, int cy) {
        int dark = 0, total = 0;
        for (int y = cy - RADIUS; y <= cy + RADIUS; y++)
            for (int x = cx - RADIUS; x <= cx + RADIUS; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > RADIUS * RADIUS) continue;
                int rgb = img.getRGB(x, y);
                int lum = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (lum < 110) dark++;
                total++;
            }
        return (double) dark / total;
    }
}
