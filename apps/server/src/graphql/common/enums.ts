import { registerEnumType } from 'type-graphql';

export enum RoleEnum { OWNER = 'OWNER', ADMIN = 'ADMIN', RECEPTIONIST = 'RECEPTIONIST', READ_ONLY = 'READ_ONLY' }
registerEnumType(RoleEnum, { name: 'Role', description: 'What a staff member may do in one business.' });
