import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application's recommender is one of its call's recommenders (a composite key): when an administrator merges
 * the recommender organisation into another, the merge moves `programme_call_recommenders.organization_id`, and the
 * applications must follow in the same statement. Without `ON UPDATE CASCADE` the merge failed on this key (found by
 * the GraphQL fuzzer once the demo held a programme year).
 */
export class ProgrammeRecommenderCascade1765003300000 implements MigrationInterface {
  name = 'ProgrammeRecommenderCascade1765003300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme_applications
      DROP CONSTRAINT programme_applications_call_id_recommender_organization_id_fkey,
      ADD CONSTRAINT programme_applications_call_id_recommender_organization_id_fkey
        FOREIGN KEY (call_id, recommender_organization_id)
        REFERENCES programme_call_recommenders (call_id, organization_id) ON UPDATE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme_applications
      DROP CONSTRAINT programme_applications_call_id_recommender_organization_id_fkey,
      ADD CONSTRAINT programme_applications_call_id_recommender_organization_id_fkey
        FOREIGN KEY (call_id, recommender_organization_id)
        REFERENCES programme_call_recommenders (call_id, organization_id)`);
  }
}
