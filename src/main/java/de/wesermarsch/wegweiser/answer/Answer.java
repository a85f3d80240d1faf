package de.wesermarsch.wegweiser.answer;

import java.util.List;

/**
 * What {@code /api/v1/answer} returns and the answer page shows: the sentences of the content that answer a
 * question, per entry, best first, in the reader's language where the entry has it; {@code answerable} false and
 * no answers when the content does not answer. Then {@code contact} is whom to ask instead.
 */
public record Answer(String query, String lang, boolean answerable, List<EntryAnswer> answers, Contact contact) {

	public Answer {
		answers = List.copyOf(answers);
	}

	/**
	 * The answer from one entry: its id, type, title and API address, its sentences that answer, whether they are
	 * German because the entry has no text in the reader's language ({@code fallback}), its source and whom to
	 * contact about it.
	 */
	public record EntryAnswer(String id, String type, String title, String url, List<Sentence> sentences,
			boolean fallback, Source source, Contact contact, double score) {

		public EntryAnswer {
			sentences = List.copyOf(sentences);
		}

	}

	/** One sentence as the entry writes it, in the language it is written in, and its place in the entry's text. */
	public record Sentence(String text, String lang, int line) {
	}

	/** Where the entry's facts stand: the document's id and title, and the chapter. */
	public record Source(String document, String title, String chapter) {
	}

	/** Whom to ask: an entry with contact data, and that data as the source gives it (any field may be null). */
	public record Contact(String id, String title, String phone, String email, String web, String address) {
	}

}
