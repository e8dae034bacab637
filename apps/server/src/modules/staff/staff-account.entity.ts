import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person who logs in; one account can belong to several businesses through memberships. Not tenant-owned. */
@Entity('staff_accounts')
export class StaffAccountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('citext') email: string;
  @Column('text', { name: 'password_hash', nullable: true }) passwordHash: string | null;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('integer', { name: 'failed_login_count', default: 0 }) failedLoginCount: number;
  @Column('timestamptz', { name: 'last_failed_login_at', nullable: true }) lastFailedLoginAt: Date | null;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
