package dev.ssosetup.verify;

import java.time.Instant;

/** One S3 bucket as ListBuckets returns it. */
public record Bucket(String name, Instant creationDate) {}
