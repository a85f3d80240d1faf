package de.wesermarsch.wegweiser.content;

/**
 * A document that entries cite as their source; {@code file} is its text, relative to the content directory,
 * against which the contact data of entries are checked.
 */
public record Source(String id, String title, String publisher, int year, String file) {
}
