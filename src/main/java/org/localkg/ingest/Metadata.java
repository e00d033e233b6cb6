package org.localkg.ingest;

import java.time.LocalDate;

/**
 * What is known about a source beyond its text. Every field may be unknown; unknown stays
 * unknown (no date is guessed from the file's timestamps).
 *
 * @param date   publication date
 * @param paper  the newspaper, e.g. 武进日报
 * @param page   page label as printed, e.g. A2
 * @param url    where the page was published
 * @param region the city or district the paper reports on (helps tell apart people of one name)
 */
public record Metadata(LocalDate date, String paper, String page, String url, String region) {
    public static final Metadata NONE = new Metadata(null, null, null, null, null);

    /** The fields of {@code other} that are set win over ours. */
    public Metadata overriddenBy(Metadata other) {
        return new Metadata(
                other.date != null ? other.date : date,
                other.paper != null ? other.paper : paper,
                other.page != null ? other.page : page,
                other.url != null ? other.url : url,
                other.region != null ? other.region : region);
    }
}
