package de.wesermarsch.wegweiser.api;

/** A request the API cannot answer as asked; the message is a sentence for the caller that says what is wrong. */
public class BadRequest extends RuntimeException {

	public BadRequest(String detail) {
		super(detail, null, false, false);
	}

}
