package org.localkg.extract;

import java.util.List;

/** The stages of a project the papers report, in order, with the words that report each. */
public enum ProjectStatus {
    SIGNED("签约", List.of("签约", "签订")),
    STARTED("开工", List.of("开工", "启动建设", "开建", "动工", "奠基")),
    UNDER_CONSTRUCTION("在建", List.of("在建", "施工", "建设中", "加快建设", "正在进行", "内部装修", "设备调试")),
    TOPPED_OUT("封顶", List.of("封顶")),
    COMPLETED("竣工", List.of("竣工", "建成", "完工", "交付", "落成")),
    IN_OPERATION("投产", List.of("投产", "投用", "投运", "运营", "试生产", "达产", "开业", "通车", "启用", "开馆", "开园"));

    private final String label;
    private final List<String> cues;

    ProjectStatus(String label, List<String> cues) {
        this.label = label;
        this.cues = cues;
    }

    public String label() {
        return label;
    }

    public List<String> cues() {
        return cues;
    }

    /** The IRI-safe local name of the concept. */
    public String localName() {
        return name().toLowerCase().replace('_', '-');
    }
}
