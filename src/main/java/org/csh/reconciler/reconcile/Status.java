package org.csh.reconciler.reconcile;

/** A community's use of its contract, as BD sees it (SPEC rule 6). */
public enum Status { OK, EXCEEDING, UNDERUSING, NO_CONTRACT }
