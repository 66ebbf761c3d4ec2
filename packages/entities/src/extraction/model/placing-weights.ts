// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	0.92
dateline	-4.44
elsewhere	-5.6
ends=ababa	2.78
ends=africa	-1
ends=airport	-5.18
ends=al-juma	3.19
ends=area	-4.35
ends=avenue	5.58
ends=bridge	9.8
ends=camp	1.82
ends=chad	-3.82
ends=checkpoint	-3.62
ends=church	-1.34
ends=city	3.02
ends=county	-5.23
ends=dam	-3.55
ends=division	-1.47
ends=dos	4.7
ends=fasher	1.93
ends=highway	-8.33
ends=hospital	-8.3
ends=kivu	-1.58
ends=kordofan	-0.8
ends=lga	-0.97
ends=market	8.33
ends=mosque	6.8
ends=nile	-2.19
ends=province	-3.95
ends=region	-7.13
ends=river	-8.33
ends=road	-4.04
ends=sea	-4.66
ends=shabelle	-1.57
ends=square	-0.79
ends=state	-5.73
ends=street	-5.02
ends=sudan	-4.4
ends=sur	-3.1
ends=township	-2.12
ends=valley	-3.07
ends=zone	-3.07
headlineOnly	0.88
insidePick	0.73
inside|besidePick	-1.22
inside|bias	0.73
inside|ends=area	-2.17
inside|ends=hospital	-1.65
inside|ends=market	4.56
inside|ends=road	-1.85
inside|headlineOnly	-3.09
inside|kind=admin1	-5.04
inside|kind=city	5.97
inside|kind=site	1.31
inside|locative	0.28
inside|mentions=1	-3.78
inside|mentions=2	2.29
inside|mentions=3	2.21
inside|named	-0.08
inside|near	3.95
inside|next=and	-6.14
inside|next=area	6.61
inside|next=at	2.19
inside|next=in	8.7
inside|next=of	-3.01
inside|next=region	-0.94
inside|next=said	-2.84
inside|next=who	1.36
inside|origin	-8.2
inside|prev2=at the	6.02
inside|prev2=in the	-2.73
inside|prev2=on the	-0.99
inside|prev=and	-2.97
inside|prev=at	-4.32
inside|prev=in	0.59
inside|prev=of	-1.01
inside|prev=the	-5.71
inside|prev=to	-1.03
inside|rank<=1	3.77
inside|rank<=2	0.99
inside|rank<=4	-5.65
inside|rank>4	1.62
inside|sentence<=0	0.34
inside|sentence<=1	5.46
inside|sentence<=2	2.22
inside|sentence<=3	-5
inside|sentence<=5	1.83
inside|sentence<=8	0.75
inside|sentence>8	-7.77
inside|untold	2.89
inside|weight<=0	2.89
inside|weight<=1	2.89
inside|weight<=12	-0.43
inside|weight<=2	-0.74
inside|weight<=4	0.97
inside|weight<=7	-2.62
inside|weight>12	-2.24
kind=admin1	-6.95
kind=admin2	-1.47
kind=city	-1.39
kind=region	3.23
kind=site	6.57
locative	-1.13
mentions=1	-3.09
mentions=2	0.33
mentions=3	2.75
named	-2.48
near	-3.71
next='s	-10.1
next=a	11.67
next=about	0.46
next=according	6.34
next=afp	-2.42
next=after	5.15
next=also	-1.79
next=and	-4.88
next=area	8.57
next=around	2.41
next=at	4.39
next=by	2.77
next=community	5.72
next=concert	-1.29
next=denies	-0.56
next=department	-2.2
next=district	-4.74
next=during	-2.53
next=early	-13.31
next=for	6.21
next=governorate	-0.25
next=had	-0.52
next=has	-0.81
next=have	0.36
next=he	-1.69
next=in	5.41
next=is	5.43
next=killed	-1.68
next=killing	-3.19
next=kills	2.23
next=last	-3.51
next=late	-0.39
next=mountains	-2.93
next=near	1.97
next=neighbourhood	3.65
next=north	2.81
next=of	-6.82
next=officials	2.99
next=on	4.62
next=one	-3.06
next=police	-0.76
next=prefecture	-1.25
next=province	-4.4
next=region	-14.12
next=regional	-1.36
next=regions	-1.98
next=residents	-2.89
next=road	-1.72
next=said	-2.84
next=sector	4.3
next=shortly	-2.87
next=since	2.59
next=some	3.79
next=south	0.31
next=state	-2.46
next=territory	-4.73
next=that	-1
next=the	-2.15
next=they	-0.12
next=this	-4.02
next=to	3.4
next=told	-1.71
next=town	2.67
next=township	-1.58
next=two	-5.09
next=village	11.6
next=was	0.02
next=we	-2.51
next=were	-5.02
next=west	0.97
next=when	-1.84
next=where	3.52
next=which	-5.59
next=while	-3.01
next=who	2.39
next=with	-0.03
next=’s	-3.13
origin	-5.47
pick|bias	4.31
pick|dateline	1.63
pick|kind=city	2.03
pick|locative	-0.32
pick|mentions=1	4.17
pick|mentions=2	1.41
pick|mentions=3	-1.27
pick|named	0.72
pick|near	0.56
pick|next='s	-10.1
pick|next=a	-2.07
pick|next=and	6.85
pick|next=by	-0.94
pick|next=district	3.3
pick|next=in	-0.15
pick|next=killed	-0.69
pick|next=late	3.44
pick|next=on	-1.28
pick|next=the	2.09
pick|next=town	5.2
pick|next=village	-0.5
pick|origin	5.51
pick|prev2=area of	-1.31
pick|prev2=city of	1.25
pick|prev2=control of	0.99
pick|prev2=district of	-1.07
pick|prev2=in the	-1.39
pick|prev2=municipality of	-2.1
pick|prev2=town of	5.63
pick|prev2=village of	8.54
pick|prev=at	2.49
pick|prev=in	-1.28
pick|prev=near	-3
pick|prev=of	1.98
pick|prev=on	0.07
pick|prev=the	2.13
pick|prev=to	-1.11
pick|rank<=0	0.01
pick|sentence<=0	1.72
pick|sentence<=1	1.87
pick|sentence<=2	-2.62
pick|sentence<=3	-1.98
pick|sentence<=5	-0.65
pick|sentence>8	-2.78
pick|settlement	-3.49
pick|weight<=1	0.15
pick|weight<=12	-1.46
pick|weight<=2	0.11
pick|weight<=4	-1.47
pick|weight<=7	1.22
pick|weight>12	1.45
prev2=across the	-1.52
prev2=along the	-1.46
prev2=and the	-8.43
prev2=area of	-1.31
prev2=around the	-0.83
prev2=as its	-1.77
prev2=at the	1.93
prev2=attack on	7.04
prev2=base in	2.16
prev2=building on	3.04
prev2=capital of	0.64
prev2=church in	-0.28
prev2=city of	-1.93
prev2=clash in	-5.99
prev2=community of	8.5
prev2=conference in	-1.43
prev2=control of	6.98
prev2=department of	-2.73
prev2=direction of	-2.18
prev2=district of	-1.07
prev2=fighting in	-0.53
prev2=forces in	6.94
prev2=from the	-6.34
prev2=government in	-0.99
prev2=held in	-1.59
prev2=hospital in	-6.95
prev2=in the	1.53
prev2=issued in	-0.64
prev2=market in	4.3
prev2=mosque in	2.53
prev2=municipality of	-5.4
prev2=near the	-2.99
prev2=of the	2.58
prev2=office in	-1.51
prev2=on the	-3.85
prev2=outside the	7.72
prev2=outskirts of	4.77
prev2=parts of	-0.95
prev2=people in	-8.35
prev2=police in	-5.76
prev2=port of	3.92
prev2=post in	-2.48
prev2=province of	0.63
prev2=reporters in	-1.47
prev2=residents say	-0.99
prev2=road between	-1.25
prev2=said in	-1.43
prev2=signed in	1.75
prev2=south of	-2.33
prev2=state capital	-1.7
prev2=state of	-2.97
prev2=station in	0.91
prev2=strike on	-0.89
prev2=struck the	7.26
prev2=taken to	-1.58
prev2=the capital	-2.66
prev2=the central	-0.28
prev2=the city's	-2.66
prev2=the nearby	-2.71
prev2=to the	-2.93
prev2=towards the	-5.98
prev2=town in	-3.04
prev2=town of	4.02
prev2=treated at	-4.07
prev2=village in	1.7
prev2=village of	9.95
prev2=villages of	-2.63
prev2=west of	-3.21
prev=across	2.07
prev=along	1.21
prev=and	-12.81
prev=around	10.72
prev=at	5.12
prev=attacked	6.57
prev=between	3.67
prev=capital	0.36
prev=central	7.55
prev=city's	-2.66
prev=eastern	2.82
prev=for	-4.62
prev=from	-3.64
prev=hit	2.32
prev=in	2.14
prev=including	-0.82
prev=its	-1.77
prev=linking	-1.75
prev=near	6.39
prev=nearby	-4.96
prev=of	-0.49
prev=on	-4.14
prev=say	-1.91
prev=says	0.67
prev=somalia's	-0.85
prev=sudan's	-1.79
prev=the	0.51
prev=to	-0.19
prev=towards	-8.62
prev=village	-2.66
prev=western	-2.66
prev=with	6.13
rank<=0	-4.29
rank<=1	2.88
rank<=2	2.33
rank<=4	-0.35
rank>4	-0.58
rule-pick	4.31
sentence<=0	3.87
sentence<=1	2.69
sentence<=2	9.38
sentence<=3	6.04
sentence<=5	-0.78
sentence<=8	-5.89
sentence>8	-14.71
settlement	6.09
untold	-0.61
weight<=0	-0.61
weight<=1	0.89
weight<=12	-0.85
weight<=2	1.08
weight<=4	2.74
weight<=7	-2.16
weight>12	-1.11
`;
