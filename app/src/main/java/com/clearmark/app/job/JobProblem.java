package com.clearmark.app.job;

/** A row a job refused: where it is in the uploaded file and why. */
public record JobProblem(long line, String field, String message) {}
