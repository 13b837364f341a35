package edu.district.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class ScoreBatch {
    public static void main(String[] args) throws IOException {
        char[] key = Files.readString(Path.of(args[0])).trim().toCharArray();
        List<String> rows = new ArrayList<>();
        rows.add("sheet,raw,percent,flags");
        File[] scans = new File(args[1]).listFiles((d, n) -> n.endsWith(".png"));
        if (scans == null) throw new IOException(args[1] + ": not a directory");
        for (File scan : scans) {
            char[] got = BubbleReader.read(scan);
            int raw = 0, flags = 0;
            for (int i = 0; i < key.length; i++) {
                if (got[i] == key[i]) raw++;
                if (got[i] == '*') flags++;
            }
            rows.add(String.format("%s,%d,%.1f,%d", scan.getName(), raw, 100.0 * raw / key.length, flags));
        }
        Files.write(Path.of("scores.csv"), rows);
    }
}
