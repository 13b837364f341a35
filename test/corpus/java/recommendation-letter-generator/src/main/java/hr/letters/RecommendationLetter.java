package hr.letters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders the HR letter of recommendation that managers request for departing employees. */
public final class RecommendationLetter {
    public record Request(String employee, String role, String manager, int years, List<String> strengths) {}

    public static Path render(Request r, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.setLeading(16);
                cs.newLineAtOffset(72, 720);
                cs.showText(LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
                cs.newLine();
                cs.newLine();
                cs.showText("To whom it may concern,");
                cs.newLine();
                cs.showText("I am pleased to recommend " + r.employee() + ", who worked as " + r.role()
                        + " for " + r.years() + " years.");
                cs.newLine();
                for (String s : r.strengths()) {
                    cs.showText(" - " + s);
                    cs.newLine();
                }
                cs.showText("I recommend them without reservation.");
                cs.newLine();
                cs.newLine();
                cs.showText(r.manager());
                cs.endText();
            }
            doc.save(out.toFile());
        }
        return out;
    }
}
