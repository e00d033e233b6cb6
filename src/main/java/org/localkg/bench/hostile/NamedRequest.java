package org.localkg.bench.hostile;

import java.net.http.HttpRequest;

/** A request a benchmark client sends, with the kind it is counted under. */
public record NamedRequest(String kind, HttpRequest request) {}
