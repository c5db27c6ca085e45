package jp.bansou.organization;

/** Published when an association is created, so other modules can give it their defaults. */
public record AssociationCreated(long associationId) {
}
