package de.wesermarsch.wegweiser.answer;

import java.util.List;

/**
 * How well a ranking puts the right page first: recall at 1 and at 3 (the share of questions whose page is the
 * first, or among the first three) and the mean reciprocal rank over the first {@value #DEPTH} (0 below).
 */
final class Ranks {

	static final int DEPTH = 10;

	private int questions;

	private int atOne;

	private int atThree;

	private double reciprocal;

	private int none;

	/** Adds one question: the ranked entry ids and the id of its page. */
	void add(List<String> ranked, String right) {
		questions++;
		if (ranked.isEmpty()) {
			none++;
		}
		int rank = ranked.subList(0, Math.min(DEPTH, ranked.size())).indexOf(right) + 1;
		if (rank == 1) {
			atOne++;
		}
		if (rank >= 1 && rank <= 3) {
			atThree++;
		}
		reciprocal += rank == 0 ? 0 : 1.0 / rank;
	}

	double recallAt1() {
		return (double) atOne / questions;
	}

	double recallAt3() {
		return (double) atThree / questions;
	}

	double mrr() {
		return reciprocal / questions;
	}

	/** The share of questions that found nothing at all. */
	double empty() {
		return (double) none / questions;
	}

	int questions() {
		return questions;
	}

	/** Both together, as if one set of questions. */
	Ranks plus(Ranks other) {
		Ranks sum = new Ranks();
		sum.questions = questions + other.questions;
		sum.atOne = atOne + other.atOne;
		sum.atThree = atThree + other.atThree;
		sum.reciprocal = reciprocal + other.reciprocal;
		sum.none = none + other.none;
		return sum;
	}

}
