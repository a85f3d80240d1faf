package de.wesermarsch.wegweiser.content;

/** Where the facts of an entry stand: a document of {@code sources.yaml} and, optionally, the chapter in it. */
public record SourceRef(String document, String chapter) {
}
