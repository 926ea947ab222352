-- Issue #22: the IP service cluster and IP finance. Staff of agencies (patent agencies,
-- valuation firms, law firms, technology brokers) and of banks sign up with one role,
-- `provider`; what they may do follows from their organisation's kind and, for an agency, its
-- profile. New enum values are committed in a migration of their own: a value added in a
-- transaction cannot be used by that transaction.
alter type public.user_role add value if not exists 'provider';
alter type public.organization_kind add value if not exists 'bank';
