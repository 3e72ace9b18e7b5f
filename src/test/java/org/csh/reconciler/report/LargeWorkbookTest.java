package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.csh.reconciler.reconcile.ItemState;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Source;
import org.csh.reconciler.reconcile.WorkItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeWorkbookTest {

    private static final int ITEMS = 100_000;

    @TempDir
    Path reportDir;

    @Test
    void aHundredThousandWorkItemsAreAllWritten() throws Exception {
        List<WorkItem> items = IntStream.range(0, ITEMS).mapToObj(LargeWorkbookTest::item).toList();
        ReconcileResult result = new ReconcileResult(AResult.FROM, AResult.TO, List.of(), items, List.of());

        Path written = new WorkbookWriter().write(result, reportDir);

        // reading 100,000 rows back into XSSF's object model would need far more memory than writing them
        assertThat(countElements(written, "Work items", "row")).isEqualTo(ITEMS + 1);
        assertThat(countElements(written, "Work items", "hyperlink")).isEqualTo(WorkbookWriter.MAX_LINKS_PER_SHEET);
    }

    private static WorkItem item(int n) {
        String url = "https://github.com/org/repo/issues/" + n;
        return new WorkItem(url, Optional.of("Community " + (n % 50)), Source.GITHUB, "Work item " + n, url,
                ItemState.COMPLETED, Optional.of(LocalDate.of(2026, 11, 1 + n % 25)),
                Optional.of(BigDecimal.valueOf(n % 40, 1)), Optional.empty());
    }

    private static int countElements(Path workbook, String sheetName, String element)
            throws IOException, OpenXML4JException, XMLStreamException {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        return count(sheet, element);
                    }
                }
            }
        }
        throw new AssertionError("no sheet " + sheetName);
    }

    private static int count(InputStream sheet, String element) throws XMLStreamException {
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
        int rows = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
                rows++;
            }
        }
        xml.close();
        return rows;
    }
}
