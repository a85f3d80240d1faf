package de.wesermarsch.wegweiser.answer;

import java.util.Optional;

import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/** Whom an answer names to contact: an entry that has contact data, with only the data its source gives. */
final class Contacts {

	private Contacts() {
	}

	static Optional<Answer.Contact> of(Entry entry, AnswerRequest request) {
		return entry.contact().filter(c -> !c.none()).map(c -> new Answer.Contact(entry.id(),
				Shown.of(entry, request.lang(), request.easy()).title(), c.phone(), c.email(), c.web(), c.address()));
	}

}
