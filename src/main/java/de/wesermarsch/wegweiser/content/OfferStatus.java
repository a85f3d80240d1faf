package de.wesermarsch.wegweiser.content;

/** Whether an offer runs now, has ended, or is planned, as its source says. */
public enum OfferStatus {
	ACTIVE, ENDED, PLANNED
}
