package de.wesermarsch.wegweiser.content;

/** A document that entries cite as their source. */
public record Source(String id, String title, String publisher, int year) {
}
