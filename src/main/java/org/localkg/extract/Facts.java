package org.localkg.extract;

import java.math.BigDecimal;
import java.util.List;

/** The facts extraction states, each with the span of text that justifies it. */
public final class Facts {
    private Facts() {}

    /**
     * An official holds a post with this title, as written (市委书记), in an organisation when
     * the title names one (市委, 江苏省消防救援总队; null when it does not: 代市长).
     */
    public record Post(Entity official, String title, Entity organization, Span evidence) {}

    /** An entity the text places in an administrative division, named as written (武进, 常州市). */
    public record Located(Entity entity, String divisionName, Span evidence) {}

    /** A project's total investment in yuan, and the words it was written in. */
    public record Investment(Entity project, BigDecimal yuan, String written, Span evidence) {}

    /**
     * When a project is expected to be finished: the words as written (2025年竣工投产, 今年5月…),
     * and the year when the text gives one or the article's date resolves it (null otherwise).
     */
    public record ExpectedCompletion(Entity project, String written, Integer year, Span evidence) {}

    /** A stage a project has reached, one of {@link ProjectStatus}. */
    public record Status(Entity project, ProjectStatus status, Span evidence) {}

    /** A project's park, or the enterprise that builds or runs it. */
    public record Link(Entity project, Entity other, Span evidence) {}

    /** An official inspects parks, projects or enterprises; the date is the article's when known. */
    public record Inspection(Entity official, List<Entity> targets, Span evidence) {}
}
