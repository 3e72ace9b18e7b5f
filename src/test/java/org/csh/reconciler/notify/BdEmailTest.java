package org.csh.reconciler.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.notify.Runs.community;
import static org.csh.reconciler.notify.Runs.run;
import static org.csh.reconciler.notify.Runs.sent;
import static org.csh.reconciler.notify.Runs.withoutContract;

import java.util.List;

import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;

class BdEmailTest {

    static final String WORKBOOK = "csh-report_2026-11-01_2026-11-25.xlsx";

    @Test
    void subjectCountsTheFlagsByStatus() {
        BdNews news = BdNews.since(List.of(), run(community("Alpha", Status.EXCEEDING, "45.00"),
                community("Beta", Status.UNDERUSING, "1.00"), withoutContract("Gamma", "3.00"),
                community("Delta", Status.OK, "20.00")));

        assertThat(BdEmail.of(news, WORKBOOK).subject())
                .isEqualTo("CSH report 2026-11-01 – 2026-11-25: 1 exceeding, 1 underusing, 1 without contract");
    }

    @Test
    void subjectSaysSoWhenNothingIsFlagged() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.EXCEEDING)), run(community("Alpha", Status.OK, "30.00")));

        assertThat(BdEmail.of(news, WORKBOOK).subject()).isEqualTo("CSH report 2026-11-01 – 2026-11-25: 1 cleared");
    }

    @Test
    void textNamesEachFlagWithUsedAgainstContractedAndWhatChanged() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.EXCEEDING)),
                run(community("Alpha", Status.OK, "30.00"), community("Beta", Status.EXCEEDING, "45.50"),
                        withoutContract("Gamma", "3.00")));

        String text = BdEmail.of(news, WORKBOOK).text();

        assertThat(text).contains(WORKBOOK)
                .contains("- Beta: EXCEEDING, new flag\n  used 45.5 h of 40.0 h contracted, expected 36.0 h\n"
                        + "  Reason for Beta.")
                .contains("- Gamma: NO_CONTRACT, new flag\n  used 3.0 h, no contract\n")
                .contains("Cleared since the last email (1)\n- Alpha: OK, cleared (was EXCEEDING)");
    }

    @Test
    void htmlTableHasARowPerFlaggedOrClearedCommunity() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.EXCEEDING)),
                run(community("Alpha", Status.OK, "30.00"), community("Beta", Status.EXCEEDING, "45.50"),
                        community("Delta", Status.OK, "20.00")));

        String html = BdEmail.of(news, WORKBOOK).html();

        assertThat(html).contains("<th style=\"text-align: left;\">Since the last email</th>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 2);
        assertThat(html).contains("<td>Beta</td><td style=\"background-color: #f4c7c3;\">EXCEEDING</td>"
                + "<td style=\"text-align: right;\">45.5</td><td style=\"text-align: right;\">40.0</td>"
                + "<td style=\"text-align: right;\">36.0</td><td>Reason for Beta.</td><td>new flag</td>");
        assertThat(html).contains("<td>cleared (was EXCEEDING)</td>").doesNotContain("Delta");
    }

    @Test
    void htmlEscapesEveryText() {
        BdNews news = BdNews.since(List.of(), run(community("R&D <script>alert('x')</script> \"Lab\"", Status.EXCEEDING, "45.00")));

        String html = BdEmail.of(news, WORKBOOK).html();

        assertThat(html).contains("<td>R&amp;D &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Lab&quot;</td>")
                .doesNotContain("<script>");
    }
}
