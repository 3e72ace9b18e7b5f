package org.csh.reconciler.asana;

import java.math.BigDecimal;

/** Writes a number into one custom field of one task in Asana: what the write-back of used hours needs. */
public interface AsanaFieldWriter {

    /**
     * Sets the number custom field {@code fieldGid} of task {@code taskGid} to {@code value}, one request.
     *
     * @throws AsanaAccessException      Asana refused it for good (403 for a token without write access, 404, 400 …)
     * @throws AsanaUnavailableException it still failed after the retries of {@code csh.http.*}
     */
    void setNumber(String taskGid, String fieldGid, BigDecimal value);
}
