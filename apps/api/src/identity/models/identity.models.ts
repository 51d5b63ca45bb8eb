import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@eh/domain';

registerEnumType(Role, { name: 'Role' });

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() agencyType!: string;
}

@ObjectType('Practitioner')
export class PractitionerModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() jobTitle!: string;
}

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field() jobTitle!: string;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field() isFamilyPartnershipTeam!: boolean;
}
