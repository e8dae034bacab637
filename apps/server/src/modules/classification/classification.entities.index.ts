import {
  CustomFieldDefinitionEntity, GroupEntity, PhoneTypeEntity, SourceEntity, TagEntity,
} from './classification.entities';

export const ClassificationEntities = [GroupEntity, SourceEntity, TagEntity, PhoneTypeEntity, CustomFieldDefinitionEntity];
