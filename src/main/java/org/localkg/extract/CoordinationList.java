package org.localkg.extract;

import java.util.List;

/**
 * Items the text writes in a row (甲、乙和丙), with what opens the list (包括, 分别是, 来到, a colon),
 * what closes it (等16个重点项目, 等企业, 3个关联产业项目) and the verb that governs it (签约, 开工,
 * 来到, 列为 …). Items are the text between the marks, as written; which of them name what is for
 * the recognisers to decide (an item may carry its own modifiers: 总投资5亿元的甲, 某公司投资的乙).
 *
 * @param items    the items in text order: one or more (one only when a closing head says it is a list: 甲等3个项目)
 * @param opener   the cue before the first item, or null
 * @param head     the closing head after the last item, or null
 * @param kind     what the items are, as the head or the opener's clause says, or the items' own endings
 * @param count    the number the head states (等16个项目), or null
 * @param verb     the class of the verb that governs the list
 * @param verbSpan where that verb is written, or null
 */
public record CoordinationList(List<Span> items, Span opener, Span head, Kind kind, Integer count, Verb verb,
                               Span verbSpan) {

    /** What a list's items are. */
    public enum Kind {
        PROJECT, ENTERPRISE, PARK, PERSON, PLACE,
        /** Fields, kinds, topics (等领域, 等方面): the items name no thing. */
        OTHER,
        UNKNOWN
    }

    /** The verbs that govern lists in this genre, by what they say happens to the items. */
    public enum Verb {
        SIGN("签约", "签订", "签署"),
        START("开复工", "开工", "开建", "动工", "奠基", "启动", "复工"),
        COMPLETE("竣工", "建成", "完工", "通车"),
        OPERATE("投产", "投用", "投运", "运营"),
        DESIGNATE("被列为", "列为", "列入", "入选", "获批"),
        VISIT("来到", "先后到", "走进", "深入", "走访", "拜访", "参观", "考察", "调研", "察看", "视察", "前往", "观摩", "检查", "督查", "督导", "查看"),
        PROMOTE("推动", "推进", "加快", "实施", "打造", "引进", "谋划", "建设", "抓好", "入驻", "落户", "落地", "招引", "引入"),
        NONE;

        private final List<String> words;

        Verb(String... words) {
            this.words = List.of(words);
        }

        public List<String> words() {
            return words;
        }
    }

    public CoordinationList {
        items = List.copyOf(items);
    }

    /** From the opener (or the first item) to the head (or the last item). */
    public Span extent() {
        int start = opener != null ? opener.start() : items.get(0).start();
        int end = head != null ? head.end() : items.get(items.size() - 1).end();
        return new Span(Math.min(start, items.get(0).start()), Math.max(end, items.get(items.size() - 1).end()));
    }

    /** Whether {@code s} is one of the items or lies within one. */
    public boolean holds(Span s) {
        return items.stream().anyMatch(i -> i.contains(s));
    }
}
